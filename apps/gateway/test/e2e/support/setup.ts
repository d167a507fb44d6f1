// Each e2e file starts the platform (three Node processes) once; its tests talk to it over HTTP.
jest.setTimeout(60_000);
