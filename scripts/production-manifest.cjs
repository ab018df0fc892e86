// Rewrites the development manifest (add-in served at https://localhost:3000/) for the address
// where the add-in is hosted in production (VERIFPACTE_URL). Used by webpack.config.js.
const DEV_ORIGIN = "https://localhost:3000";

/** The hosting address with a trailing slash; a French message when Office could not use it. */
function hostingUrl(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new Error(`VERIFPACTE_URL n'est pas une adresse valide : « ${text} ».`);
  }
  if (url.protocol !== "https:") {
    throw new Error(`VERIFPACTE_URL doit commencer par https:// (Office n'ouvre un complément qu'en HTTPS) : « ${text} ».`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`VERIFPACTE_URL ne doit contenir ni identifiants, ni paramètres (?), ni ancre (#) : « ${text} ».`);
  }
  if (url.hostname === "localhost") {
    throw new Error(`VERIFPACTE_URL doit être l'adresse d'hébergement, pas localhost : « ${text} ».`);
  }
  return url.origin + url.pathname.replace(/\/?$/, "/");
}

const escapeXml = (text) => text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** The manifest with every local address replaced by `baseUrl` (and the app domain by its origin). */
function productionManifest(xml, baseUrl) {
  const base = hostingUrl(baseUrl);
  const rewritten = xml
    .split(`${DEV_ORIGIN}/`)
    .join(escapeXml(base))
    .split(`<AppDomain>${DEV_ORIGIN}</AppDomain>`)
    .join(`<AppDomain>${escapeXml(new URL(base).origin)}</AppDomain>`);
  if (rewritten.includes("localhost")) {
    throw new Error("Le manifeste contient encore une adresse localhost après réécriture : vérifiez manifest.xml.");
  }
  return rewritten;
}

module.exports = { productionManifest };
