import type { Locator, Page } from "@playwright/test";

/**
 * Every interaction a walk makes goes through one of these, so the count is the walk itself,
 * not an estimate. "Clicks" are pointer clicks and ticks (radio, checkbox, button, link), as
 * the issue counted them; typed fields and key presses are counted separately.
 */
export function clickCounter(page: Page) {
  const counts = { clicks: 0, fills: 0, keys: 0 };
  return {
    counts,
    async click(target: Locator) {
      counts.clicks++;
      await target.click();
    },
    /** Ticks a radio or checkbox by clicking it (one click, as a clinician would). */
    async check(target: Locator) {
      counts.clicks++;
      await target.check();
    },
    async fill(target: Locator, text: string) {
      counts.fills++;
      await target.fill(text);
    },
    async press(target: Locator, key: string) {
      counts.keys++;
      await target.press(key);
    },
    /** Ticks `labels` inside the fieldset named `legend`. */
    async choose(legend: string | RegExp, ...labels: string[]) {
      const group = page.getByRole("group", { name: legend });
      for (const label of labels) await this.check(group.getByLabel(label, { exact: true }));
    },
    total: () => counts.clicks + counts.fills + counts.keys,
  };
}
