import { BellOutlined, MenuOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Badge, Button, Dropdown, Layout, Menu, Result, Select, Space, Spin } from "antd";
import type { ReactNode } from "react";
import { lazy, Suspense, useState } from "react";
import { Route, Routes, useLocation, useNavigate } from "react-router";
import { signOut } from "../api/client";
import { NotificationStream, useUnreadCount } from "../api/notifications";
import { hasRole, type Role, useResetCache, useUser } from "../api/session";
import { useI18n } from "../i18n/i18n";
import { ChangePasswordDialog } from "../pages/auth/ChangePassword";
import {
  caseFilers,
  creditUsers,
  disclosureReaders,
  lifecycleReaders,
  meetingReaders,
  meetingWriters,
  type RegistryResource,
  registryResources,
  taskIssuers,
  taskUsers,
  tenantUsers,
  visibleNavigation,
} from "./nav";

const Dashboard = lazy(() => import("../pages/dashboard/Dashboard"));
const RegistryPage = lazy(() => import("../pages/registry/RegistryPage"));
const PoliciesPage = lazy(() => import("../pages/mechanism/PoliciesPage"));
const EvaluationsPage = lazy(() => import("../pages/evaluations/EvaluationsPage"));
const FindingsPage = lazy(() => import("../pages/evaluations/FindingsPage"));
const AssessmentsPage = lazy(() => import("../pages/assessments/AssessmentsPage"));
const AssessmentDetail = lazy(() => import("../pages/assessments/AssessmentDetail"));
const CreditPage = lazy(() => import("../pages/credit/CreditPage"));
const UsersPage = lazy(() => import("../pages/admin/UsersPage"));
const ApiKeysPage = lazy(() => import("../pages/admin/ApiKeysPage"));
const SettingsPage = lazy(() => import("../pages/admin/SettingsPage"));
const AuditPage = lazy(() => import("../pages/admin/AuditPage"));
const WorkQueue = lazy(() => import("../pages/work/WorkQueue"));
const CaseDetail = lazy(() => import("../pages/work/CaseDetail"));
const FileCase = lazy(() => import("../pages/work/FileCase"));
const TaskList = lazy(() => import("../pages/tasks/TaskList"));
const TaskDetail = lazy(() => import("../pages/tasks/TaskDetail"));
const NewTask = lazy(() => import("../pages/tasks/NewTask"));
const MeetingList = lazy(() => import("../pages/meetings/MeetingList"));
const MeetingDetail = lazy(() => import("../pages/meetings/MeetingDetail"));
const DisclosuresPage = lazy(() => import("../pages/disclosures/DisclosuresPage"));
const LifecycleList = lazy(() => import("../pages/lifecycle/LifecycleList"));
const LifecycleDetail = lazy(() => import("../pages/lifecycle/LifecycleDetail"));
const NewMeeting = lazy(() => import("../pages/meetings/NewMeeting"));
const InboxPage = lazy(() => import("../pages/inbox/InboxPage"));
const PreferencesPage = lazy(() => import("../pages/inbox/PreferencesPage"));

/** The bell: the unread count of the person's inbox (live from the stream), linking to it. */
function InboxBell() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const unread = useUnreadCount(true);
  const count = unread.data?.count ?? 0;
  return (
    <Badge count={count} size="small" offset={[-6, 6]}>
      <Button
        type="text"
        className="shell-bell"
        icon={<BellOutlined />}
        aria-label={`${t("inbox")}${count ? ` (${count} ${t("unread")})` : ""}`}
        data-testid="inbox-bell"
        onClick={() => navigate("/inbox")}
      />
    </Badge>
  );
}

function Guard({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const user = useUser();
  const { t } = useI18n();
  return hasRole(user, roles) ? children : <Result status="403" title="403" subTitle={t("notAllowed")} />;
}

function Header({
  onChangePassword,
  onMenu,
  menuOpen,
}: {
  onChangePassword(): void;
  /** At phone width: the button that opens the menu (else undefined). */
  onMenu?: (() => void) | undefined;
  menuOpen: boolean;
}) {
  const user = useUser();
  const { t, lang, setLang } = useI18n();
  const reset = useResetCache();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return (
    <Layout.Header className="shell-header">
      {onMenu && (
        <Button
          type="text"
          className="shell-menu-button"
          icon={<MenuOutlined />}
          aria-label={t("menu")}
          aria-expanded={menuOpen}
          onClick={onMenu}
        />
      )}
      {/* At phone width the county and the app's name stack on two lines (each ellipsed); the full title
          is the element's tooltip and its accessible text. */}
      <div
        className="shell-title"
        title={user.tenant ? `${user.tenant.name} · ${t("appName")}` : t("appName")}
      >
        {user.tenant && (
          <>
            <span className="shell-title-part">{user.tenant.name}</span>
            <span className="shell-title-sep"> · </span>
          </>
        )}
        <span className="shell-title-part">{t("appName")}</span>
      </div>
      <Space size={4}>
        {user.tenant && <InboxBell />}
        <Select<"zh" | "en">
          aria-label={t("language")}
          size="small"
          value={lang}
          onChange={setLang}
          options={[
            { value: "zh", label: "中文" },
            { value: "en", label: "English" },
          ]}
          className="shell-language"
        />
        <Dropdown
          menu={{
            items: [
              { key: "password", label: t("changePassword") },
              { key: "signOut", label: t("signOut") },
            ],
            onClick: async ({ key }) => {
              if (key === "password") return onChangePassword();
              await signOut().catch(() => {});
              queryClient.cancelQueries();
              reset(null);
              navigate("/");
            },
          }}
        >
          <Button type="text" className="shell-user">
            {user.displayName}
          </Button>
        </Dropdown>
      </Space>
    </Layout.Header>
  );
}

export function Shell() {
  const user = useUser();
  const { t } = useI18n();
  const location = useLocation();
  const navigate = useNavigate();
  const [passwordOpen, setPasswordOpen] = useState(false);
  // Below the md breakpoint the menu folds away behind a header button (not antd's floating trigger,
  // which covered the page and was no button for the keyboard).
  const [narrow, setNarrow] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const groups = visibleNavigation(user.roles);
  const items = groups.map((group) =>
    group.items.length === 1 && group.items[0]?.label === group.label
      ? { key: group.items[0].path, label: t(group.label) }
      : {
          key: group.label,
          label: t(group.label),
          type: "group" as const,
          children: group.items.map((item) => ({ key: item.path, label: t(item.label) })),
        },
  );
  const admin: Role[] = ["countyAdmin"];
  const readers: Role[] = ["countyAdmin", "regionStaff"];
  return (
    <NotificationStream enabled={user.tenant !== null}>
      <Layout style={{ minHeight: "100vh" }}>
        <Header
          onChangePassword={() => setPasswordOpen(true)}
          onMenu={narrow ? () => setCollapsed((c) => !c) : undefined}
          menuOpen={!collapsed}
        />
        <Layout>
          <Layout.Sider
            width={200}
            breakpoint="md"
            collapsedWidth={0}
            collapsed={collapsed}
            trigger={null}
            onBreakpoint={(broken) => {
              setNarrow(broken);
              setCollapsed(broken);
            }}
            theme="light"
            className="shell-sider"
          >
            <nav aria-label={t("appName")}>
              <Menu
                mode="inline"
                selectedKeys={[location.pathname === "" ? "/" : location.pathname]}
                items={items}
                onClick={({ key }) => {
                  navigate(key);
                  if (narrow) setCollapsed(true);
                }}
              />
            </nav>
          </Layout.Sider>
          <Layout.Content className="shell-content">
            <main>
              <Suspense fallback={<Spin />}>
                <Routes>
                  <Route path="/" element={<Dashboard />} />
                  {registryResources.map((resource: RegistryResource) => (
                    <Route
                      key={resource}
                      path={`/registry/${resource}`}
                      element={
                        <Guard roles={readers}>
                          <RegistryPage resource={resource} />
                        </Guard>
                      }
                    />
                  ))}
                  {(["cases", "tasks"] as const).map((list) => (
                    <Route
                      key={list}
                      path={`/${list}`}
                      element={
                        <Guard roles={readers}>
                          <RegistryPage resource={list} />
                        </Guard>
                      }
                    />
                  ))}
                  <Route
                    path="/mechanism"
                    element={
                      <Guard roles={admin}>
                        <PoliciesPage />
                      </Guard>
                    }
                  />
                  <Route
                    path="/evaluations"
                    element={
                      <Guard roles={admin}>
                        <EvaluationsPage />
                      </Guard>
                    }
                  />
                  <Route
                    path="/findings"
                    element={
                      <Guard roles={readers}>
                        <FindingsPage />
                      </Guard>
                    }
                  />
                  <Route
                    path="/assessments"
                    element={
                      <Guard roles={admin}>
                        <AssessmentsPage />
                      </Guard>
                    }
                  />
                  <Route
                    path="/assessments/:id"
                    element={
                      <Guard roles={admin}>
                        <AssessmentDetail />
                      </Guard>
                    }
                  />
                  <Route
                    path="/credit"
                    element={
                      <Guard roles={creditUsers}>
                        <CreditPage />
                      </Guard>
                    }
                  />
                  <Route
                    path="/users"
                    element={
                      <Guard roles={admin}>
                        <UsersPage />
                      </Guard>
                    }
                  />
                  <Route
                    path="/api-keys"
                    element={
                      <Guard roles={admin}>
                        <ApiKeysPage />
                      </Guard>
                    }
                  />
                  <Route
                    path="/settings"
                    element={
                      <Guard roles={admin}>
                        <SettingsPage />
                      </Guard>
                    }
                  />
                  <Route
                    path="/audit"
                    element={
                      <Guard roles={admin}>
                        <AuditPage />
                      </Guard>
                    }
                  />
                  <Route
                    path="/work"
                    element={
                      <Guard roles={tenantUsers}>
                        <WorkQueue />
                      </Guard>
                    }
                  />
                  <Route
                    path="/work/new"
                    element={
                      <Guard roles={caseFilers}>
                        <FileCase />
                      </Guard>
                    }
                  />
                  <Route
                    path="/work/cases/:id"
                    element={
                      <Guard roles={tenantUsers}>
                        <CaseDetail />
                      </Guard>
                    }
                  />
                  <Route
                    path="/work/tasks"
                    element={
                      <Guard roles={taskUsers}>
                        <TaskList />
                      </Guard>
                    }
                  />
                  <Route
                    path="/work/tasks/new"
                    element={
                      <Guard roles={taskIssuers}>
                        <NewTask />
                      </Guard>
                    }
                  />
                  <Route
                    path="/work/tasks/:id"
                    element={
                      <Guard roles={taskUsers}>
                        <TaskDetail />
                      </Guard>
                    }
                  />
                  <Route
                    path="/work/meetings"
                    element={
                      <Guard roles={meetingReaders}>
                        <MeetingList />
                      </Guard>
                    }
                  />
                  <Route
                    path="/work/meetings/new"
                    element={
                      <Guard roles={meetingWriters}>
                        <NewMeeting />
                      </Guard>
                    }
                  />
                  <Route
                    path="/work/meetings/:id"
                    element={
                      <Guard roles={meetingReaders}>
                        <MeetingDetail />
                      </Guard>
                    }
                  />
                  <Route
                    path="/work/disclosures"
                    element={
                      <Guard roles={disclosureReaders}>
                        <DisclosuresPage />
                      </Guard>
                    }
                  />
                  <Route
                    path="/work/lifecycle"
                    element={
                      <Guard roles={lifecycleReaders}>
                        <LifecycleList />
                      </Guard>
                    }
                  />
                  <Route
                    path="/work/lifecycle/:id"
                    element={
                      <Guard roles={lifecycleReaders}>
                        <LifecycleDetail />
                      </Guard>
                    }
                  />
                  <Route
                    path="/inbox"
                    element={
                      <Guard roles={tenantUsers}>
                        <InboxPage />
                      </Guard>
                    }
                  />
                  <Route
                    path="/notification-preferences"
                    element={
                      <Guard roles={tenantUsers}>
                        <PreferencesPage />
                      </Guard>
                    }
                  />
                  <Route path="*" element={<Result status="404" title="404" />} />
                </Routes>
              </Suspense>
            </main>
          </Layout.Content>
        </Layout>
        <ChangePasswordDialog open={passwordOpen} onClose={() => setPasswordOpen(false)} />
      </Layout>
    </NotificationStream>
  );
}
