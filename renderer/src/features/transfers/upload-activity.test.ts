import { describe, expect, it } from 'vitest';
import {
  addActivity,
  createActivityStore,
  notice,
  removeActivity,
  updateActivity,
} from './upload-activity.js';

describe('upload activity', () => {
  it('adds, patches and removes entries without touching the others', () => {
    const a = notice('first', null);
    const b = notice('second', 'broken');
    let list = addActivity(addActivity([], a), b);
    list = updateActivity(list, a.id, { bytesSent: 10 });
    expect(list.map((x) => [x.title, x.bytesSent, x.error])).toEqual([
      ['first', 10, null],
      ['second', 0, 'broken'],
    ]);
    expect(removeActivity(list, a.id).map((x) => x.title)).toEqual(['second']);
  });

  it('tells subscribers about each change and stops after unsubscribe', () => {
    const store = createActivityStore();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    store.change((list) => addActivity(list, notice('x', null)));
    off();
    store.change(() => []);
    expect(calls).toBe(1);
    expect(store.get()).toEqual([]);
  });
});
