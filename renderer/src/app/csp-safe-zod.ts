import { z } from 'zod';

// Zod probes `new Function` to compile fast parsers; under our CSP that probe
// fails anyway and logs a policy violation, so turn it off before any parse.
z.config({ jitless: true });
