// weapp renders and browser journeys load real pages over a real store: seconds, not milliseconds
jest.setTimeout(60_000)
