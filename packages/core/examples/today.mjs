// Today's members, chair and secretary general, through the built package as a user would import it.
import { chairOn, DATA_AS_OF, membersOn, secretaryGeneralOn, states, statusOn, todayUtc } from '@csto/core';

const today = todayUtc();
const chair = chairOn(today);
const sg = secretaryGeneralOn(today);
console.log(`CSTO on ${today} (data checked to ${DATA_AS_OF})`);
console.log(
  `Members: ${membersOn(today)
    .map((code) => `${states[code].name.en}${statusOn(code, today) === 'frozen' ? ' (frozen)' : ''}`)
    .join(', ')}`,
);
console.log(
  `Chair: ${chair ? `${states[chair.state].name.en} (${chair.chair.name.en}), chairmanship of ${chair.year}` : 'not in the data'}`,
);
console.log(`Secretary General: ${sg ? `${sg.person.name.en}${sg.acting ? ' (acting)' : ''}` : 'not in the data'}`);
