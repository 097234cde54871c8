/**
 * `/unduh/bank-soal.gift.txt`: every quiz question for Moodle's question bank, in GIFT
 * (src/shared/question-bank/gift.ts), one category per module and one each for the pre- and
 * post-test. Rendered at build time from the same arranged quizzes as the quiz pages.
 */
import type { APIRoute } from 'astro';
import { writeGift } from '../../shared/question-bank/gift';
import { bankHeader, courseQuestionBank } from '../../components/quiz/question-bank';
import { t } from '../../i18n/t';

export const GET: APIRoute = async () => {
  const bank = await courseQuestionBank();
  return new Response(writeGift(bank, [bankHeader(bank), t('bank.headerGift')]), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
