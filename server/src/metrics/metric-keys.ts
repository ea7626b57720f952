// The dimensions the metrics count by, from the request lifecycle (one list for API, console and reports).
export { CHANNELS } from '../requests/request.entity';
export { DECISIONS } from '../requests/request-lifecycle';
export { REQUESTER_TYPES } from '../requesters/requester.entity';
