#!/usr/bin/env node
"use strict";
// Entry point of the `verifpacte` command: the bundle is built by `npm install` (script "prepare").
const path = require("node:path");
const fs = require("node:fs");
const bundle = path.join(__dirname, "..", "dist", "verifpacte.cjs");
if (!fs.existsSync(bundle)) {
  process.stderr.write(
    "verifpacte : l'outil n'est pas construit. Lancez « npm install » (ou « npm run build:cli ») à la racine du projet.\n",
  );
  process.exit(2);
}
require(bundle);
