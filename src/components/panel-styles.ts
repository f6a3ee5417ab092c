import { css } from 'lit';

/** The look the panels share: a card-like section with a title and a round close button. */
export const panelStyles = css`
  :host { display: block; }
  section { background: #fffdf8; color: #2b2620; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 14px 16px 16px; max-height: 100%; overflow: auto; box-sizing: border-box; }
  header { display: flex; justify-content: space-between; gap: 8px; align-items: start; }
  h2 { margin: 0; font-size: 1.1rem; }
  h2:focus { outline: none; }
  p { margin: 4px 0 8px; font-size: 0.85rem; color: #4a4338; line-height: 1.45; }
  button { font: inherit; font-size: 0.85rem; border: 1px solid #8a8070; background: #fff; color: #2b2620; border-radius: 6px; min-height: 32px; padding: 0 10px; cursor: pointer; }
  button:disabled { color: #6d6252; border-color: #c9c0ae; cursor: default; }
  button.close { font-size: 1.3rem; line-height: 1; border: 0; background: #efece4; border-radius: 50%; width: 36px; height: 36px; padding: 0; flex: none; }
  :is(button, textarea, input, select):focus-visible { outline: 3px solid #ffb703; outline-offset: 1px; }
`;
