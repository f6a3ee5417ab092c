/** Set by the nearby tool after each result is on screen: `npm run bench` times distance changes by it. */
export const NEARBY_UPDATED_MARK = 'nearby-updated';
