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
    question:
      'The chairmanships from May 2001 to June 2004: the start of Armenia’s (Robert Kocharyan, handed over on 14 May 2002), the end of Russia’s (from 14 May 2002), and who chaired between the Dushanbe session of 28 April 2003 and the Astana session of 18 June 2004.',
    reason:
      'Armenia’s start (presumably the Yerevan session of 25 May 2001) and Russia’s end (presumably the Dushanbe session of 28 April 2003) are stated by no passage found, and no source names the chairmanship of 2003–2004. Russia’s start (14 May 2002, at the Moscow jubilee session: Asbarez, the Kremlin) is reported, but without an end or the year it is named for it would make a record that answers for 2003 on a guess, so it is not recorded. Searched again in Russian and English (the chairmanship of 2002–2003, the Dushanbe session of 28 April 2003, the hand-over by President Putin): the reports found describe the Dushanbe summit but name no chairman and no hand-over, so no record is added. The Russian spelling of Kurmanbek Bakiyev’s name (chairmanship of 2007–2008) is not quoted from a Russian source.',
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
      'The day of the informal summit in Borovoye (Kazakhstan) in December 2008 and whether Belarus attended; other informal meetings of the heads of state of 2002–2008.',
    reason:
      'The Borovoye summit is recorded to its month: one report announces it for 20–21 December, another says it took place “on Friday” but shows no date. No other informal meeting of those years was found with a date.',
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
    id: 'session-chairs-russian-spellings',
    domain: 'sessions',
    question:
      'Russian spellings of some ministers and secretaries who chaired sessions: Махмудзода or Махмутзода; Edward Nalbandian (foreign ministers, Belgrade, 3 December 2015, and the joint meeting in Yerevan, 14 October 2016), Armen Gevorgyan (security council secretaries, Yerevan, 8 June 2016), Nurlan Yermekbayev (Astana, 24 May 2018).',
    reason:
      'The sources found name them in English only; a chair is recorded only with a sourced Russian name, so these sessions are recorded without a chair.',
  },
  {
    id: 'session-cmd-2009-02-03',
    domain: 'sessions',
    question:
      'The defence ministers’ meeting announced for Tuesday 3 February 2009, before the extraordinary session of 4 February in Moscow: its place, its format and whether it was a session of the Council of Defence Ministers.',
    reason:
      'Only a preview was found (the Secretary General speaking to President Medvedev “on Monday”); it gives neither place nor format, and a session record needs a format.',
  },
  {
    id: 'session-cmd-2020-12-01',
    domain: 'sessions',
    question:
      'The format and place of the defence ministers’ meeting of 1 December 2020 at which Sergei Shoigu reported on Russia’s chairmanship.',
    reason:
      'A report dated 1 December 2020 says Shoigu spoke “on Tuesday” at the meeting but not whether it was held by videoconference (the foreign ministers and the Council met online that week).',
  },
  {
    id: 'sessions-month-only',
    domain: 'sessions',
    question:
      'The days of the sessions recorded with only their month (heads of state: Borovoye, December 2008; foreign ministers: Minsk, May 2000; Minsk, June 2006; Corfu, June 2009; Kyiv, December 2013; New York, September 2012; Kazan, June 2026; defence ministers: Bishkek, July 2008; Minsk, June 2011; Dushanbe, June 2015; Astana, May 2018; security council secretaries: Minsk, June 2006; the Moscow region, May 2026; Permanent Council: January 2026), and whether those recorded as planned from an announcement of a past date were held.',
    reason:
      'The reports found are announcements or do not give the day; searched in Russian and English news and the ministries’ reports.',
  },
  {
    id: 'sessions-month-unrecorded',
    domain: 'sessions',
    question: 'A meeting of the foreign ministers in Astana before the summit of 18 June 2004.',
    reason:
      'The 2004 announcement found gives no month of its own; no report giving the month and the session was found in English or Russian.',
  },
  {
    id: 'sessions-cmd-cssc-gaps',
    domain: 'sessions',
    question:
      'Sessions of the defence ministers and of the security council secretaries not recorded for lack of a dated report: defence ministers in 2003, in Moscow in 2005 (before the summit of 23 June; a report says “today” but its page shows only a later update date), in the autumn of 2007, in 2009–2010, in December 2012, in 2013 (besides the Bishkek meeting of May), in the spring of 2017; security council secretaries in 2007, 2009, 2010 (besides Moscow, 14 June), 2012, 2014 and mid-2025 (an undated report says President Japarov received the security council secretaries in Cholpon-Ata, without naming a session or its day); and joint meetings of the three bodies before the summits of 19 December 2012 and 23 September 2013.',
    reason:
      'Searched in Russian and English news, the ministries’ and security councils’ reports and the Organization’s site (queries such as “заседание Совета министров обороны ОДКБ 2013”, “Комитет секретарей советов безопасности ОДКБ 2012 заседание”, “CSTO defence ministers meeting 2018”, “совместное заседание СМИД СМО КССБ Сочи 2013”): the reports found concern the CIS defence ministers, other years, or give no day.',
  },
  {
    id: 'session-cssc-khujand-may',
    domain: 'sessions',
    question:
      'A session of the security council secretaries in Khujand (Tajikistan) on 20 May, reported by Secretary General Bordyuzha: its year, presumably 2015.',
    reason:
      'The only report found gives “20 мая” without a year and shows no publication date; the year would rest on who attended and on the chairmanship of the time, not on a passage, so no session is recorded.',
  },
  {
    id: 'sessions-permanent-council-uncited',
    domain: 'sessions',
    question:
      'Meetings of the Permanent Council seen only in excerpts without an address or a year: 15 August 2007 and 15 December 2008; 17 May and 16 September of years not stated (probably 2011 and 2014); 1 December 2022 (Aleksandr Grinevich of Belarus elected chairman); and the meeting on the Armenia–Azerbaijan border announced for 13 July 2020 and postponed.',
    reason:
      'A record needs a citable page whose passage states the date; none was found for these, nor dated reports of Permanent Council meetings in 2004–2005, 2009–2010, 2012–2016 and 2023.',
  },
  {
    id: 'sessions-cmfa-sidelines',
    domain: 'sessions',
    question:
      'Informal meetings of the foreign ministers beside the UN General Assembly in New York (2009–2016, 2020, 2021, 2023) and beside OSCE ministerial councils (2010–2012, 2014, 2017–2025).',
    reason:
      'Only New York 2012 (to the month), 2017, 2022 and 2024 and the OSCE meetings of Corfu and Athens 2009, Kyiv 2013, Belgrade 2015 and Hamburg 2016 were found with a date; for New York 2016 only an announcement (22 September) was found.',
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
