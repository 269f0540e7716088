import { storedSetting } from '../../lib/stored-setting.js';
import { parseColumnSettings } from './column-layout.js';
import type { ColumnSettings } from './column-layout.js';

const setting = storedSetting<ColumnSettings>('holdall.objects.columns', parseColumnSettings, (s) =>
  JSON.stringify(s),
);

export const columnSettings = setting.get;
export const setColumnSettings = setting.set;
export const useColumnSettings = setting.use;
