import { FormField } from '../../ui/form-field.js';
import { nameOrders } from './name-order.js';
import type { NameOrder } from './name-order.js';
import { sortMessages as m } from './sort-messages.js';

interface NameOrderFieldProps {
  id: string;
  value: NameOrder;
  onChange: (order: NameOrder) => void;
}

/** "Sort names: Naturally / By bytes", for a settings form. */
export function NameOrderField({ id, value, onChange }: NameOrderFieldProps) {
  return (
    <FormField id={id} label={m.nameOrderSetting} hint={m.nameOrderHint}>
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value as NameOrder)}
        >
          {nameOrders.map((order) => (
            <option key={order} value={order}>
              {m.nameOrders[order]}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
