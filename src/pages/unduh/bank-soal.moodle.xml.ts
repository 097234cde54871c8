/**
 * `/unduh/bank-soal.moodle.xml`: the same question bank as the GIFT file, in Moodle XML
 * (src/shared/question-bank/moodle-xml.ts).
 */
import type { APIRoute } from 'astro';
import { writeMoodleXml } from '../../shared/question-bank/moodle-xml';
import { bankHeader, courseQuestionBank } from '../../components/quiz/question-bank';
import { t } from '../../i18n/t';

export const GET: APIRoute = async () => {
  const bank = await courseQuestionBank();
  return new Response(writeMoodleXml(bank, `${bankHeader(bank)} ${t('bank.headerXml')}`), { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
