/** Messages for the states without findings to list: welcome, failed analysis, nothing found. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, Text } from "@fluentui/react-components";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";

export function Welcome() {
  const shared = useSharedStyles();
  return (
    <section aria-labelledby="vp-accueil" className={shared.stack}>
      <h2 id="vp-accueil" className={shared.heading}>
        {TEXTES.accueil.titre}
      </h2>
      <Text as="p" block>
        {TEXTES.accueil.texte}
      </Text>
    </section>
  );
}

export function AnalysisFailed({ message, onRetry }: { message: string; onRetry(): void }) {
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{TEXTES.erreurs.analyse}</MessageBarTitle>
        {message}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{TEXTES.erreurs.reessayer}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function NoTables({ onDescribe }: { onDescribe(): void }) {
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{TEXTES.vide.aucunTableau}</MessageBarTitle>
        {TEXTES.vide.aucunTableauAide}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={onDescribe}>{TEXTES.nonReconnus.decrireAutre}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function WorkbookProblems({ messages }: { messages: string[] }) {
  return (
    <>
      {messages.map((message) => (
        <MessageBar key={message} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{TEXTES.erreurs.classeur}</MessageBarTitle>
            {message}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
