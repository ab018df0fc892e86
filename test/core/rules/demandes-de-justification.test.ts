/**
 * A request written by VerifPacte (« [Contrôle JJ/MM/AAAA] … merci d'en indiquer la raison ») is
 * never a justification (SPEC §6, issue 7 point 8): what the user wrote around it is.
 */
import { hasUserText, userText } from "../../../src/core/rules/util/cells";

const REQUEST =
  "[Contrôle 15/03/2023] Solde non consommé de 12 000,00 € ni reporté ni justifié : merci d'en indiquer la raison " +
  "(part des autres financeurs, paiement après contrôle, décalage de calendrier…).";

describe("texte de l'utilisateur dans une cellule de commentaire", () => {
  test.each<[string, string]>([
    [REQUEST, ""],
    [`${REQUEST}\nSolde versé en février 2023 après contrôle.`, "Solde versé en février 2023 après contrôle."],
    [`Décalage de calendrier.\n${REQUEST}`, "Décalage de calendrier."],
    [`Décalage de calendrier. ${REQUEST}`, "Décalage de calendrier."],
    [
      "[Contrôle 02/04/2024] D2 : mention « NC » au lieu d'une valeur.\nE5 : écart de 40 % à la cible, merci d'indiquer pourquoi.",
      "",
    ],
    [
      "[Controle 02/04/2024] Mention « NC » au lieu d'une valeur : merci d'en indiquer la raison.\n\nDonnées non transmises.",
      "Données non transmises.",
    ],
    ["Contrôle fait le 12/03 par la DDETS", "Contrôle fait le 12/03 par la DDETS"],
  ])("%j", (text, expected) => {
    expect(userText(text)).toBe(expected);
  });

  test("cellule : vide, demande seule, réponse, nombre", () => {
    expect(hasUserText(undefined)).toBe(false);
    expect(hasUserText({ value: REQUEST })).toBe(false);
    expect(hasUserText({ value: `${REQUEST}\nRéponse.` })).toBe(true);
    expect(hasUserText({ value: 12 })).toBe(true);
  });
});
