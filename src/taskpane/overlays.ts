/**
 * The pane's dialogs and drawers: « Annuler les corrections », « Paramètres », « Décrire un
 * tableau » and the help (« Tout corriger » comes with the findings, results.ts). None is on the
 * pane's first screen: App.tsx loads this file (chunk « volet-fenetres », see parts.ts) the first
 * time one of them is opened.
 */
export { DescribeTableDialog } from "./components/DescribeTableDialog";
export { HelpPanel } from "./components/HelpPanel";
export { SettingsDrawer } from "./components/SettingsDrawer";
export { UndoDialog } from "./components/UndoDialog";
