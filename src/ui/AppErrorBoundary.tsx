import { Component, type ReactNode } from "react";
import i18next from "i18next";
import type { StoreApi } from "zustand";
import type { Playground } from "../state/createPlayground.ts";
import { downloadScenario } from "./common/downloadScenario.ts";

interface State {
  error: Error | null;
  resetting: boolean;
}

/**
 * What the learner gets if a panel fails to render (a saved playground this
 * version cannot show, a bug): the error, the scenario to download so that
 * no work is lost, and Reset, instead of an empty page that every reload
 * would bring back. A class: React catches render errors only in one.
 */
export class AppErrorBoundary extends Component<
  { store: StoreApi<Playground>; children: ReactNode },
  State
> {
  override state: State = { error: null, resetting: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  private download = () => {
    let text: string;
    try {
      text = this.props.store.getState().exportScenario();
    } catch (e) {
      text = JSON.stringify({ error: String(e) });
    }
    downloadScenario(text);
  };

  private reset = async () => {
    this.setState({ resetting: true });
    try {
      await this.props.store.getState().reset();
      this.setState({ error: null, resetting: false });
    } catch (e) {
      this.setState({ error: e instanceof Error ? e : new Error(String(e)), resetting: false });
    }
  };

  override render() {
    const { error, resetting } = this.state;
    if (!error) return this.props.children;
    const t = i18next.getFixedT(null, "common");
    return (
      <section className="app-crashed" role="alert" data-testid="app-crashed">
        <h1>{t("crashed.title")}</h1>
        <p>{t("crashed.text")}</p>
        <pre>{error.message}</pre>
        <div className="row">
          <button type="button" className="primary" onClick={this.download}>
            {t("crashed.download")}
          </button>
          <button type="button" className="danger" disabled={resetting} onClick={this.reset}>
            {t("crashed.reset")}
          </button>
        </div>
      </section>
    );
  }
}
