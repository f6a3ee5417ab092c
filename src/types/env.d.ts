/** Build-time settings a deployer passes as environment variables (see README, "Online basemaps"). */
interface ImportMetaEnv {
  /** Tianditu browser key; without one (and none at run time) Tianditu is not offered. */
  readonly VITE_TIANDITU_KEY?: string;
}
