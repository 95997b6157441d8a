import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App as AntApp, Result, Spin } from "antd";
import { BrowserRouter } from "react-router";
import { SessionProvider, useSessionQuery } from "./api/session";
import { I18nProvider, useI18n } from "./i18n/i18n";
import { Shell } from "./layout/Shell";
import { SignIn } from "./pages/auth/SignIn";

const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 30_000 } },
});

function Gate() {
  const session = useSessionQuery();
  const { t } = useI18n();
  if (session.isPending) return <Spin fullscreen />;
  if (session.isError)
    return <Result status="error" title={t("loadFailed")} subTitle={String(session.error)} />;
  if (!session.data) return <SignIn />;
  return (
    <SessionProvider user={session.data}>
      <Shell />
    </SessionProvider>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <AntApp>
          <BrowserRouter basename="/console">
            <Gate />
          </BrowserRouter>
        </AntApp>
      </I18nProvider>
    </QueryClientProvider>
  );
}
