// The server's NIK rule (province code, date of birth, serial): the form says what the API would say.
export { maskNik, validateNik } from '../../../server/src/requesters/nik';
