import type { NewsItem } from '../domain/knowledgeIndex';
import { selectHeadline } from '../domain/knownAt';
import { formatKnownTitle } from '../domain/storyLegend';
import type { StoryModel } from '../domain/storyModel';
import { interfaceText } from '../text/interfaceText';
import { formatFigureValue } from './formatFigureValue';

const TEXT = interfaceText.news;

/**
 * What became known, in a line: "First report: US drone strike on a vehicle in Kabul (CENTCOM)", "Afghans killed:
 * 170 (Afghan health officials)", "Correction: …". The title is the one known at `at`.
 */
export function formatNews(item: NewsItem, model: StoryModel, at: number): string {
  const event = model.events[item.ordinal];
  if (!event) return '';
  const title = formatKnownTitle(model.legend, event.kind, selectHeadline(event, at).title);
  const by = item.party ? ` (${item.party})` : '';
  if (item.figure)
    return TEXT.figure(title, item.figure.label, formatFigureValue(item.figure, model.config.locale), by);
  if (item.correction) {
    const kind = interfaceText.popup.historyKinds[item.correction.type];
    return TEXT.correction(kind, item.correction.titleAfter ?? title, by);
  }
  return TEXT.firstReport(title, by);
}
