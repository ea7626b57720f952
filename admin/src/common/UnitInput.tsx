import { ReferenceInput, SelectInput, type SelectInputProps } from 'react-admin';

/**
 * `unitId`: one of the office's active units, by name (a unit that was closed cannot be given new work or staff).
 * The select's own props (label, help, validation, an empty choice) pass through.
 */
export const ActiveUnitInput = (props: Omit<SelectInputProps, 'source' | 'optionText' | 'choices'>) => (
  <ReferenceInput
    source="unitId"
    reference="units"
    filter={{ active: true }}
    sort={{ field: 'name', order: 'ASC' }}
    perPage={100}
  >
    <SelectInput optionText="name" {...props} />
  </ReferenceInput>
);
