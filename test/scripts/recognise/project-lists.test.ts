// Projects a sentence lists with their figures (project-lists.ts); the rest of the list readers are
// exercised through whole reports in project-prose.test.ts.
import { describe, expect, it } from 'vitest';
import { recordOf } from './helpers';

describe('projects a report labels by number', () => {
  it('gives each label’s score to the project the label stands for', () => {
    const rec = recordOf(
      [
        '某某县科学技术协会2022年度项目支出绩效单位自评报告',
        '项目1:基层科普行动项目根据上级文件设立。',
        '项目2:科普日活动经费项目根据活动方案设立。',
        '项目1:基层科普行动项目预算资金15万元,实际支出15万元,预算执行率100%。',
        '项目2:科普日活动经费项目预算资金4.8万元,实际支出4.32万元,预算执行率90%。',
        '经自评,项目1得分95分,项目2得分92分,评价等级均为优。',
      ].join('\n'),
    );
    expect(rec.projects.map((p) => [p.name, p.budget, p.executed, p.score])).toEqual([
      ['基层科普行动项目', '15', '15', '95'],
      ['科普日活动经费项目', '4.8', '4.32', '92'],
    ]);
  });
});
