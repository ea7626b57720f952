// A keberatan as GET /api/objections(/:id) answers it, from the generated schema (server: objections/objection.view.ts).
export type { Objection, ObjectionEvent } from '../api/types';
