// Settings of every connection the service opens. An API request reads a page: a parallel plan
// spends more starting its workers (5-10 ms) than it saves on a page or a capped count, and at many
// requests at once the workers only take cores from other requests.
export const SESSION_OPTIONS = '-c max_parallel_workers_per_gather=0';
