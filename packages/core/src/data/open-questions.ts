/** Facts looked for and not established, or declined, with the reason. Grouped by domain. */
import type { OpenQuestion } from '../model/open-question.js';

export const openQuestionData = [
  {
    id: 'accessions-1993-instruments',
    domain: 'membership',
    question: 'The legal form and instruments of the 1993 accessions of Azerbaijan, Georgia and Belarus.',
    reason:
      'The dates come from secondary sources; no depositary record or accession instrument was found. Georgia’s date is also given once as 9 September 1993, by a machine translation.',
  },
  {
    id: 'uzbekistan-note-2012-dispatch',
    domain: 'membership',
    question: 'The day Uzbekistan sent its note of June 2012 suspending its participation.',
    reason:
      'Only an Indonesian-language relay of the Uzbek agency gives 20 June 2012; the data’s sources are English and Russian. The Secretariat confirmed receipt on 28 June 2012.',
  },
  {
    id: 'uzbekistan-decisions-texts',
    domain: 'membership',
    question: 'The official texts of the Council’s decisions on Uzbekistan (23 June 2006, 19 December 2012).',
    reason: 'Only news reports of the decisions were found.',
  },
  {
    id: 'armenia-formal-withdrawal',
    domain: 'membership',
    question: 'Any formal withdrawal notification by Armenia, or a Council decision on Armenia, up to DATA_AS_OF.',
    reason:
      'None was found; the “freeze” is a political statement, recorded as the status `frozen`. Reports of an exit in February 2026 are unconfirmed.',
  },
  {
    id: 'treaty-un-registration-number',
    domain: 'milestones',
    question: 'The UN Treaty Series registration number of the Collective Security Treaty.',
    reason: 'Only a secondary source gives no. 32307; no UN page was found.',
  },
  {
    id: 'charter-protocols-dates',
    domain: 'milestones',
    question:
      'Entry into force of the 2010 Protocol on amendments to the Charter; signature and entry into force of the Second Protocol on amendments to the Treaty.',
    reason:
      'Not found in the sources read; the Second and Third Protocols to the Charter (Astana, 8 November 2018) are dated.',
  },
  {
    id: 'chairmanships-2002-2008',
    domain: 'chairmanships',
    question: 'The chairmanships from the founding of the organisation to September 2008.',
    reason:
      'Not established: Belarus in 2006–2007 is only inferred from a Permanent Council meeting; Kyrgyzstan in 2007–2008 chaired on 6 October 2007, but its start (June or October 2007) and end are unknown and no Russian spelling of Kurmanbek Bakiyev’s name was sourced.',
  },
  {
    id: 'chairmanship-belarus-2011-start',
    domain: 'chairmanships',
    question: 'Whether Belarus took the chairmanship on 10 December 2010 or on 1 January 2011.',
    reason:
      'The report says Belarus agreed to take over “next year”; recorded as a boundary window on which `chairOn` answers `undefined`.',
  },
  {
    id: 'chairmanship-calendar-instrument',
    domain: 'chairmanships',
    question:
      'The instrument that switched the chairmanship to calendar years, and the Russian text of Charter Article 13.',
    reason: 'Only the practice is sourced: the Minsk decision of 23 November 2023 and the later calendar-year terms.',
  },
  {
    id: 'chairmanship-2027',
    domain: 'chairmanships',
    question: 'The chairmanship of 2027 and the end of Russia’s chairmanship of 2026.',
    reason: 'After DATA_AS_OF; Tajikistan would follow in the alphabetical rotation, which is only an inference.',
  },
  {
    id: 'bordyuzha-2009-renewal',
    domain: 'secretaries-general',
    question: 'The decision renewing Bordyuzha’s term around 2009 beyond his re-election of 4 February 2009.',
    reason: 'The biography read breaks off after the 2006 reappointment.',
  },
  {
    id: 'tasmagambetov-last-day',
    domain: 'secretaries-general',
    question: 'Whether Tasmagambetov left office before 31 December 2025.',
    reason:
      'BelTA called Masadykov acting Secretary General on 28 December 2025; recorded as a conflict, 1 January 2026 kept.',
  },
  {
    id: 'masadykov-patronymic',
    domain: 'secretaries-general',
    question: 'Taalatbek Masadykov’s full Russian name with patronymic.',
    reason: 'Not found in the sources read.',
  },
  {
    id: 'bodies-russian-abbreviations',
    domain: 'bodies',
    question:
      'The Russian abbreviations of the defence ministers’ council and the security council secretaries’ committee.',
    reason: 'СМО and КССБ were not confirmed by a quoted source, so the records leave them out.',
  },
  {
    id: 'session-2002-10-07-chisinau',
    domain: 'sessions',
    question: 'Whether the signing of the Charter in Chisinau on 7 October 2002 was a session of the Council.',
    reason: 'The sources call it a signing by the presidents; it is recorded as a milestone, not a session.',
  },
  {
    id: 'sessions-2008-2014-missing',
    domain: 'sessions',
    question:
      'An informal summit in Kazakhstan in December 2008, informal summits of 2010 other than Yerevan, and a session on 8 May 2014.',
    reason: 'Mentioned indirectly only; not sourced.',
  },
  {
    id: 'session-2022-09-13',
    domain: 'sessions',
    question:
      'Who presided at the Council’s extraordinary online session of 13 September 2022 and at the Moscow session of 16 May 2022.',
    reason:
      'Armenia held the chairmanship; no passage naming who presided was found. The 13 September session is recorded without a chair.',
  },
  {
    id: 'sessions-chairs-before-2014',
    domain: 'sessions',
    question: 'Who chaired most Council sessions before 2014 and those of 2016, 2018 and 2024.',
    reason: 'Not stated in the sources read; the records give a chair only where a source names one.',
  },
  {
    id: 'sessions-2021-april-outcomes',
    domain: 'sessions',
    question:
      'The decisions adopted by the defence ministers (27 April 2021) and the security council secretaries (29 April 2021) in Dushanbe.',
    reason: 'No post-session readout was found; only the announced agenda is recorded.',
  },
  {
    id: 'sessions-2021-other',
    domain: 'sessions',
    question:
      'Other 2021 sessions: Permanent Council meetings besides 5 April, 19 April and 7 July, and ministerial sessions in October–December 2021.',
    reason: 'None was found in the sources read.',
  },
  {
    id: 'session-2018-12-06-outcome',
    domain: 'sessions',
    question: 'The outcome of the informal Saint Petersburg meeting of 6 December 2018.',
    reason: 'Not found; Stanislav Zas was appointed only on 28 November 2019.',
  },
  {
    id: 'session-chairs-russian-spellings',
    domain: 'sessions',
    question:
      'Official Russian spellings of some ministers who chaired sessions (Suren Papikyan; Махмудзода or Махмутзода).',
    reason: 'No Russian page of the organisation was found; a chair is recorded only with a sourced Russian name.',
  },
  {
    id: 'forces-crdf-strength-now',
    domain: 'forces',
    question: 'The current strength and composition of each collective force.',
    reason:
      'Only dated reports are recorded (1,500 for the rapid deployment forces in 2006; about 3,600 for the peacekeeping forces in 2022).',
  },
  {
    id: 'forces-regional-groupings',
    domain: 'forces',
    question:
      'The regional groupings of forces (Russia–Belarus, Russia–Armenia) and the mission sent to Armenia in September 2022.',
    reason:
      'Out of scope for this release: bilateral groupings, and the September 2022 mission was a monitoring mission, not a deployment of collective forces.',
  },
] as const satisfies readonly OpenQuestion[];
