import { Tag } from "antd";
import type { Deadline } from "../../api/work";
import { useI18n } from "../../i18n/i18n";
import { deadlineLabel, spanText } from "./labels";

/** A deadline as a countdown ("办结 剩余 3 小时"), red and marked overdue once passed. */
export function Countdown({ deadline, now, bare }: { deadline: Deadline; now: number; bare?: boolean }) {
  const { t, pick } = useI18n();
  const left = Date.parse(deadline.at) - now;
  const what = bare
    ? ""
    : `${deadlineLabel(t, deadline.kind)}${deadline.department ? `（${pick(deadline.department)}）` : ""} `;
  if (left < 0) {
    return (
      <Tag color="error" className="countdown" data-testid="countdown-overdue">
        {what}
        {t("overdueBy")} {spanText(t, left)}
      </Tag>
    );
  }
  return (
    <Tag color={left < 2 * 3_600_000 ? "warning" : "default"} className="countdown" data-testid="countdown">
      {what}
      {t("timeLeft")} {spanText(t, left)}
    </Tag>
  );
}
