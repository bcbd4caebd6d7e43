// The pack of the (fictional) city of Bossegem: its climate plan and social-economy policy as
// tenderlint rules. Plain JavaScript and JSON, so a procurement lawyer can keep it without a build.
import { definePack, loadJsonRule } from '@tenderlint/core';
import noFossilVehicles from './rules/no-fossil-vehicles.json' with { type: 'json' };
import socialEconomy from './rules/social-economy.json' with { type: 'json' };
import circularFurniture from './rules/circular-furniture.json' with { type: 'json' };

export default definePack('bossegem', [
  loadJsonRule(noFossilVehicles, 'examples/custom-pack/rules/no-fossil-vehicles.json'),
  loadJsonRule(socialEconomy, 'examples/custom-pack/rules/social-economy.json'),
  loadJsonRule(circularFurniture, 'examples/custom-pack/rules/circular-furniture.json'),
]);
