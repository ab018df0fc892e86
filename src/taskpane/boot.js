/*
 * VerifPacte — start of the task pane page, written in ES5 and inlined into taskpane.html by the
 * build, so that it runs where the pane itself cannot: Office versions that show add-ins with
 * Internet Explorer or the old Edge (EdgeHTML), which cannot read the pane's modern JavaScript.
 * It says in French what is wrong and what to do, instead of « Chargement… » forever, when:
 *   - the web view is too old (Internet Explorer, Edge hérité): at once;
 *   - office.js, Microsoft's script that every add-in must load, does not arrive (blocked by a
 *     proxy, no network): at once if its loading fails, after OFFICE_WAIT if it hangs;
 *   - the pane has not started after START_WAIT for another reason.
 * The pane (index.tsx) calls verifpacteBoot.started() when it takes over the page.
 */
(function () {
  "use strict";
  var OFFICE_WAIT = 10000;
  var START_WAIT = 30000;
  var OFFICE_HOST = "https://appsforoffice.microsoft.com";

  var MESSAGES = {
    ancien: {
      titre: "Cette version d'Excel ne peut pas afficher VerifPacte",
      texte:
        "Excel affiche ici les compléments avec le moteur d'Internet Explorer ou de l'ancien Edge, " +
        "trop ancien pour VerifPacte. C'est le cas d'Office 2016 et 2019 en licence en volume.",
      actions: [
        "Utilisez Excel pour Microsoft 365 ou Excel 2021 (ou plus récent) sous Windows, avec Microsoft Edge WebView2, " +
          "Excel pour Mac ou Excel sur le web (dans un navigateur récent).",
        "Votre service informatique peut installer « Microsoft Edge WebView2 Runtime » et mettre Office à jour.",
        "En attendant, le banc d'essai VerifPacte (dans Chrome, Edge ou Firefox) ou la ligne de commande contrôlent le même classeur.",
      ],
    },
    office: {
      titre: "Office n'a pas pu charger le complément",
      texte: "Le fichier office.js de Microsoft, dont tout complément Office a besoin, n'est pas arrivé (" + OFFICE_HOST + ").",
      actions: [
        "Vérifiez la connexion à Internet, puis fermez le volet et rouvrez-le (Accueil > VerifPacte).",
        "Si vous passez par un proxy ou un pare-feu, demandez à votre service informatique d'autoriser " + OFFICE_HOST + ".",
      ],
    },
    demarrage: {
      titre: "VerifPacte ne démarre pas",
      texte: "Le volet n'a pas pu démarrer dans cette fenêtre d'Excel.",
      actions: [
        "Fermez le volet et rouvrez-le (Accueil > VerifPacte) ; si cela ne suffit pas, fermez et relancez Excel.",
        "Si le problème persiste, signalez-le à votre service informatique avec la version d'Excel (Fichier > Compte).",
      ],
    },
  };

  var state = { started: false, shown: null };

  function element(tag, text) {
    var node = document.createElement(tag);
    if (text) node.appendChild(document.createTextNode(text));
    return node;
  }

  /** Replaces the loading text with a message (never over the running pane). */
  function show(kind) {
    if (state.started || state.shown === kind) return;
    var root = document.getElementById("root");
    if (!root) {
      document.addEventListener("DOMContentLoaded", function () {
        show(kind);
      });
      return;
    }
    var message = MESSAGES[kind];
    state.shown = kind;
    var box = element("div");
    box.setAttribute("role", "alert");
    box.className = "vp-demarrage";
    box.appendChild(element("h1", message.titre));
    box.appendChild(element("p", message.texte));
    box.appendChild(element("p", "Que faire ?"));
    var list = element("ul");
    for (var i = 0; i < message.actions.length; i++) list.appendChild(element("li", message.actions[i]));
    box.appendChild(list);
    root.innerHTML = "";
    root.appendChild(box);
  }

  /** Internet Explorer, Edge hérité, or any engine without the JavaScript the pane is written in. */
  function tooOld() {
    var agent = (window.navigator && window.navigator.userAgent) || "";
    if (/Trident\/|MSIE |Edge\/\d/.test(agent)) return true;
    try {
      new Function("var a = { b: 1 }; return a?.b ?? (() => 2)();");
    } catch (e) {
      return true;
    }
    return typeof Promise !== "function" || typeof Symbol !== "function";
  }

  var boot = {
    /** The pane (or its own message) has taken the page over: nothing more to say here. */
    started: function () {
      state.started = true;
    },
    /** office.js could not be loaded (its script tag's onerror). */
    officeMissing: function () {
      // A web view too old has said so already: that is what to fix first.
      if (boot.tooOld) return;
      show("office");
    },
    tooOld: false,
    messages: MESSAGES,
  };
  window.verifpacteBoot = boot;

  if (tooOld()) {
    boot.tooOld = true;
    show("ancien");
    return;
  }
  setTimeout(function () {
    if (typeof window.Office === "undefined") show("office");
  }, OFFICE_WAIT);
  setTimeout(function () {
    show("demarrage");
  }, START_WAIT);
})();
