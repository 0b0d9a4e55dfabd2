// every call runs the real SDK against the modelled latency, three test files at a time
jest.setTimeout(20_000)
