/** The organisation's bodies, named as its own documents name them. */
import type { Body } from '../model/body.js';
import type { BodyId } from '../model/ids.generated.js';

export const bodyData = {
  csc: {
    id: 'csc',
    kind: 'statutory',
    name: { en: 'Collective Security Council', ru: 'Совет коллективной безопасности' },
    abbreviation: { en: 'CSC', ru: 'СКБ' },
    composition: 'The heads of the member states; chaired by the head of the chairing state.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council',
      },
      {
        source: 'legal-russia-csc-2003-04-28',
        passage:
          '- Положение о Постоянном совете при Организации Договора о коллективной безопасности (Приложение 5); - Положение о Секретариате Организации Договора о коллективной безопасности (Приложение 6).',
        gloss:
          '- Regulations on the Permanent Council under the Collective Security Treaty Organization (Annex 5); - Regulations on the Secretariat of the Collective Security Treaty Organization (Annex 6).',
      },
      {
        source: 'en-csto-csc-page',
        passage:
          'The Chairman of the Council (hereinafter - the Chairman) is the head of state on whose territory the regular session of the Council is held, unless the Council decides otherwise.',
      },
    ],
  },
  cmfa: {
    id: 'cmfa',
    kind: 'statutory',
    name: { en: 'Council of Ministers of Foreign Affairs', ru: 'Совет министров иностранных дел' },
    abbreviation: { en: 'CMFA', ru: 'СМИД' },
    composition: 'The foreign ministers of the member states.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council',
      },
      {
        source: 'legal-russia-csc-2003-04-28',
        passage:
          '- Положение о Постоянном совете при Организации Договора о коллективной безопасности (Приложение 5); - Положение о Секретариате Организации Договора о коллективной безопасности (Приложение 6).',
        gloss:
          '- Regulations on the Permanent Council under the Collective Security Treaty Organization (Annex 5); - Regulations on the Secretariat of the Collective Security Treaty Organization (Annex 6).',
      },
    ],
  },
  cmd: {
    id: 'cmd',
    kind: 'statutory',
    name: { en: 'Council of Ministers of Defense', ru: 'Совет министров обороны' },
    abbreviation: { en: 'CMD' },
    composition: 'The defence ministers of the member states.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council',
      },
      {
        source: 'legal-russia-csc-2003-04-28',
        passage:
          '- Положение о Постоянном совете при Организации Договора о коллективной безопасности (Приложение 5); - Положение о Секретариате Организации Договора о коллективной безопасности (Приложение 6).',
        gloss:
          '- Regulations on the Permanent Council under the Collective Security Treaty Organization (Annex 5); - Regulations on the Secretariat of the Collective Security Treaty Organization (Annex 6).',
      },
    ],
  },
  cssc: {
    id: 'cssc',
    kind: 'statutory',
    name: { en: 'Committee of Secretaries of Security Councils', ru: 'Комитет секретарей советов безопасности' },
    abbreviation: { en: 'CSSC' },
    composition: 'The secretaries of the security councils of the member states.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council',
      },
      {
        source: 'legal-russia-csc-2003-04-28',
        passage:
          '- Положение о Постоянном совете при Организации Договора о коллективной безопасности (Приложение 5); - Положение о Секретариате Организации Договора о коллективной безопасности (Приложение 6).',
        gloss:
          '- Regulations on the Permanent Council under the Collective Security Treaty Organization (Annex 5); - Regulations on the Secretariat of the Collective Security Treaty Organization (Annex 6).',
      },
      {
        source: 'inform-en-a3589713',
        passage:
          'Kyrgyzstan has officially passed chairmanship in the CSTO Collective Security Council, Kazinform correspondent reports.',
      },
    ],
  },
  'permanent-council': {
    id: 'permanent-council',
    kind: 'statutory',
    name: {
      en: 'Permanent Council',
      ru: 'Постоянный совет при Организации Договора о коллективной безопасности',
    },
    composition:
      'The plenipotentiary representatives of the member states; chaired by the representative of the chairing state.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council',
      },
      {
        source: 'legal-russia-csc-2003-04-28',
        passage:
          '- Положение о Постоянном совете при Организации Договора о коллективной безопасности (Приложение 5); - Положение о Секретариате Организации Договора о коллективной безопасности (Приложение 6).',
        gloss:
          '- Regulations on the Permanent Council under the Collective Security Treaty Organization (Annex 5); - Regulations on the Secretariat of the Collective Security Treaty Organization (Annex 6).',
      },
      {
        source: 'tass-ru-26134489',
        passage:
          'В соответствии с порядком ротации председателем Постоянного совета на 2026 год стал постпред России при Организации Виктор Васильев',
        gloss:
          "In accordance with the rotation procedure, Russia's Permanent Representative to the Organization, Viktor Vasilyev, became chairman of the Permanent Council for 2026",
      },
    ],
  },
  secretariat: {
    id: 'secretariat',
    kind: 'working',
    name: { en: 'Secretariat', ru: 'Секретариат Организации Договора о коллективной безопасности' },
    composition: 'The permanent working body headed by the Secretary General.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council',
      },
      {
        source: 'legal-russia-csc-2003-04-28',
        passage:
          '- Положение о Постоянном совете при Организации Договора о коллективной безопасности (Приложение 5); - Положение о Секретариате Организации Договора о коллективной безопасности (Приложение 6).',
        gloss:
          '- Regulations on the Permanent Council under the Collective Security Treaty Organization (Annex 5); - Regulations on the Secretariat of the Collective Security Treaty Organization (Annex 6).',
      },
      {
        source: 'csto-en-secretariat',
        passage:
          'The CSTO Secretary General - Tasmagambetov Imangali Nurgalievich (biographical information) - Republic of Kazakhstan',
      },
    ],
  },
  'joint-staff': {
    id: 'joint-staff',
    kind: 'working',
    name: { en: 'Joint Staff', ru: 'Объединенный штаб Организации Договора о коллективной безопасности' },
    composition: 'The permanent working body for the military component of the organisation.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council',
      },
      {
        source: 'jscsto-en',
        passage:
          'The CSTO Joint Staff is a permanent working body of the Organization responsible for preparing proposals on the military component of the CSTO',
      },
      {
        source: 'jscsto-news-16',
        passage: 'с участием начальника Объединенного штаба ОДКБ генерал-полковника Анатолия Сидорова',
        gloss: 'with the participation of the Chief of the CSTO Joint Staff, Colonel General Anatoly Sidorov',
      },
    ],
  },
  'parliamentary-assembly': {
    id: 'parliamentary-assembly',
    kind: 'parliamentary',
    name: {
      en: 'Parliamentary Assembly',
      ru: 'Парламентская Ассамблея Организации Договора о коллективной безопасности',
    },
    composition:
      'The organisation’s parliamentary dimension, created on 16 November 2006 by the members of the Council of the CIS Inter-Parliamentary Assembly from the member states; its seat is the Tauride Palace in Saint Petersburg.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council Afghanistan Working Group Military Committee Working Group on Information Policy and Information Security Working Group on Coordination of Joint Training of Military Personnel and Scientific Work Working Group on Combating Terrorism and Extremism Interstate Commission for Military-Economic Cooperation Coordination Council of the Heads of Competent Authorities to combat drug trafficking Coordination Council of the Heads of Competent Authorities of the CSTO Member States on Combating Illegal Migration Emergency Coordination Council Coordination Meeting of the Chief Narcologists Computer Incident Response Coordination Center',
      },
      {
        source: 'council-gov-ru-pa-csto',
        passage:
          'The PA CSTO was established by a resolution On Measures for Creating a Parliamentary Dimension of the Collective Security Treaty Organisation at the CIS Inter-Parliamentary Assembly, which was adopted on 16 November 2006',
      },
      {
        source: 'council-gov-ru-pa-csto',
        passage:
          'The administrative and legal framework of the PA CSTO is set out in the Provisional Regulations on the Parliamentary Assembly of the Collective Security Treaty Organisation dated 30 March 2007.',
      },
      {
        source: 'rferl-2006-11-16-csto-pa',
        passage:
          'The CSTO parliamentary assembly will be headed by Boris Gryzlov, the speaker of the lower house of Russian parliament, the Duma, and headquartered in St. Petersburg.',
      },
      {
        source: 'newsinfo-2006-11-16-pa-tavrichesky',
        passage:
          'Штаб-квартирой ассамблеи станет Таврический дворец в Санкт-Петербурге, а главой - спикер Госдумы Борис Грызлов.',
        gloss:
          'The Assembly’s headquarters will be the Tauride Palace in Saint Petersburg and its head the Duma speaker Boris Gryzlov.',
      },
      {
        source: 'gorodovoy-interfax-2006-11-16-pa',
        passage:
          'Решение о создании этой ассамблеи было принято в четверг на\\ заседании в Санкт-Петербурге членов Совета Межпарламентской Ассамблеи\\ СHГ - членов ОДКБ.',
        gloss:
          'The decision to create this assembly was taken on Thursday at a meeting in St Petersburg of the members of the Council of the CIS Inter-Parliamentary Assembly who are CSTO members. (Interfax North-West dateline 16 November; 16 November 2006 was a Thursday.)',
      },
    ],
  },
  'military-committee': {
    id: 'military-committee',
    kind: 'working',
    name: { en: 'Military Committee', ru: 'Военный комитет при Совете министров обороны государств-членов ОДКБ' },
    composition:
      'The chiefs of the general staffs of the member states and the Chief of the Joint Staff, under the Council of Ministers of Defence.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council Afghanistan Working Group Military Committee Working Group on Information Policy and Information Security Working Group on Coordination of Joint Training of Military Personnel and Scientific Work Working Group on Combating Terrorism and Extremism Interstate Commission for Military-Economic Cooperation Coordination Council of the Heads of Competent Authorities to combat drug trafficking Coordination Council of the Heads of Competent Authorities of the CSTO Member States on Combating Illegal Migration Emergency Coordination Council Coordination Meeting of the Chief Narcologists Computer Incident Response Coordination Center',
      },
      {
        source: 'asiaplus-military-committee-15th',
        passage:
          'The Military Committee was established at the CSTO Council of Defense Ministers in accordance with clause 15 of the Regulations on the Council of Ministers of Defense of the Collective Security Treaty Organization, approved by the Decision of the Collective Security Council April 28, 2003, in order to expeditiously consider the issues of planning and use of forces and means of the CSTO collective security system.',
      },
      {
        source: 'odkb-ru-military-committee-2015-04-07',
        passage:
          'Военный комитет создан при Совете министров обороны государств-членов ОДКБ, в его состав входят начальники генеральных штабов государств-членов ОДКБ и начальник Объединенного штаба ОДКБ.',
        gloss:
          'The Military Committee was created under the Council of Ministers of Defence of the CSTO member states; it is composed of the chiefs of the general staffs of the CSTO member states and the Chief of the CSTO Joint Staff.',
      },
      {
        source: 'argumenti-2013-04-military-committee-first',
        passage:
          '10 апреля с.г. в Москве состоится первое заседание Военного комитета государств-членов Организации Договора о коллективной безопасности,',
        gloss:
          'On 10 April this year the first meeting of the Military Committee of the CSTO member states will take place in Moscow,',
      },
    ],
  },
  'interstate-commission-military-economic': {
    id: 'interstate-commission-military-economic',
    kind: 'working',
    name: {
      en: 'Interstate Commission for Military-Economic Cooperation',
      ru: 'Межгосударственная комиссия по военно-экономическому сотрудничеству',
    },
    composition: 'A commission of the member states for military-economic cooperation, with an elected chairman.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council Afghanistan Working Group Military Committee Working Group on Information Policy and Information Security Working Group on Coordination of Joint Training of Military Personnel and Scientific Work Working Group on Combating Terrorism and Extremism Interstate Commission for Military-Economic Cooperation Coordination Council of the Heads of Competent Authorities to combat drug trafficking Coordination Council of the Heads of Competent Authorities of the CSTO Member States on Combating Illegal Migration Emergency Coordination Council Coordination Meeting of the Chief Narcologists Computer Incident Response Coordination Center',
      },
      {
        source: 'knews-mkves-chair',
        passage:
          'Сегодня, 6 октября, состоялось избрание нового Председателя Межгосударственной комиссии по военно-экономическому сотрудничеству (МКВЭС) государств-членов Организации Договора о коллективной безопасности.',
        gloss:
          'Today, 6 October, a new Chairman of the Interstate Commission for Military-Economic Cooperation (MKVES) of the CSTO member states was elected.',
      },
    ],
  },
  'coordination-council-drugs': {
    id: 'coordination-council-drugs',
    kind: 'working',
    name: {
      en: 'Coordination Council of the Heads of Competent Authorities for Countering Illicit Drug Trafficking',
      ru: 'Координационный совет руководителей компетентных органов по противодействию незаконному обороту наркотиков государств - членов ОДКБ',
    },
    abbreviation: { en: 'CCBCD' },
    composition:
      'The heads of the member states’ competent authorities for countering illicit drug trafficking; established by the Council’s decision of 23 June 2005.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council Afghanistan Working Group Military Committee Working Group on Information Policy and Information Security Working Group on Coordination of Joint Training of Military Personnel and Scientific Work Working Group on Combating Terrorism and Extremism Interstate Commission for Military-Economic Cooperation Coordination Council of the Heads of Competent Authorities to combat drug trafficking Coordination Council of the Heads of Competent Authorities of the CSTO Member States on Combating Illegal Migration Emergency Coordination Council Coordination Meeting of the Chief Narcologists Computer Incident Response Coordination Center',
      },
      {
        source: 'ksopn-odkb-en',
        passage:
          'The Coordination Council of the Heads of the Competent Authorities for Countering the Illicit Drug Trafficking of the CSTO Member States (CCBCD), designed to coordinate the interaction of the competent authorities of the CSTO member states in the anti-drug field, was established in accordance with the decision of the CSTO Collective Security Council of 23 June 2005.',
      },
    ],
  },
  'coordination-council-emergencies': {
    id: 'coordination-council-emergencies',
    kind: 'working',
    name: {
      en: 'Coordination Council for Emergency Situations',
      ru: 'Координационный совет по чрезвычайным ситуациям государств-членов Организации Договора о коллективной безопасности',
    },
    composition:
      'A subsidiary body coordinating the member states’ emergency ministries, created by the Council’s decision of 6 October 2007 in Dushanbe.',
    citations: [
      {
        source: 'en-csto-structure',
        passage:
          'Collective Security Council Permanent Council Secretary General Secretariat Joint Staff Parliamentary Assembly The Council of Ministers of Foreign Affairs The Council of Ministers of Defense The Committee of Secretaries of the Security Council Afghanistan Working Group Military Committee Working Group on Information Policy and Information Security Working Group on Coordination of Joint Training of Military Personnel and Scientific Work Working Group on Combating Terrorism and Extremism Interstate Commission for Military-Economic Cooperation Coordination Council of the Heads of Competent Authorities to combat drug trafficking Coordination Council of the Heads of Competent Authorities of the CSTO Member States on Combating Illegal Migration Emergency Coordination Council Coordination Meeting of the Chief Narcologists Computer Incident Response Coordination Center',
      },
      {
        source: 'spinform-csc-2007-10-06-kschs',
        passage:
          '1. Создать Координационный совет по чрезвычайным ситуациям государств-членов Организации Договора о коллективной безопасности.',
        gloss:
          '1. To create the Coordination Council for Emergency Situations of the member states of the Collective Security Treaty Organization.',
      },
      {
        source: 'spinform-csc-2007-10-06-kschs',
        passage: 'Совершено в городе Душанбе 6 октября 2007 года в одном подлинном экземпляре на русском яз',
        gloss: 'Done in the city of Dushanbe on 6 October 2007 in one original copy in the Russian language',
      },
      {
        source: 'interfax-2025-09-04-kschs',
        passage: 'Для координации взаимодействия министерств по ЧС в 2007 году был создан КСЧС.',
        gloss:
          'The Coordination Council for Emergency Situations was created in 2007 to coordinate the interaction of the emergency ministries.',
      },
      {
        source: 'kschs-odkb-en',
        passage:
          'The Coordination Council is a subsidiary body of the Collective Security Treaty Organization (hereinafter referred to as the Organization, CSTO).',
      },
    ],
  },
} as const satisfies Record<BodyId, Body>;
