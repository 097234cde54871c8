import { uiStrings } from '../../shared/client-script';

/** A module's status words (belum / dibaca / kuis lulus), shown by the lesson and home scripts. */
export const moduleStatusStrings = uiStrings(['status.none', 'status.read', 'status.passed']);
