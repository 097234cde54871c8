import { getCourse } from '../../course/course';
import { bankSources } from './bank-sources';
import { questionBank, type BankCategory } from '../../shared/question-bank/model';
import { t } from '../../i18n/t';
import { site } from '../../site';
import { formatDate } from '../../shared/dates';
import { buildDate, buildVersion } from '../../build-info';
import pkg from '../../../package.json';

/** The course's question bank (both download formats are written from this one model). */
export async function courseQuestionBank(): Promise<BankCategory[]> {
  return questionBank(bankSources(await getCourse()), { scenario: t('quiz.scenario'), explanation: t('quiz.explanation'), source: t('quiz.source') });
}

/** How many questions the bank holds. */
export const questionCount = (bank: readonly BankCategory[]) => bank.reduce((n, c) => n + c.questions.length, 0);

/** The first line of both files: what it is, which version, how much. */
export function bankHeader(bank: readonly BankCategory[]): string {
  return t('bank.header', {
    site: site.title,
    version: `${pkg.version} (${buildVersion})`,
    date: formatDate(buildDate),
    count: questionCount(bank),
    categories: bank.length,
  });
}
