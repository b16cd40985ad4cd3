import { expect, it } from 'vitest';
import { BRIDGE_GLOBAL as pageBridgeGlobal, operationNames as pageOperationNames } from '../../../src/renderer/api/operation-names';
import { BRIDGE_GLOBAL, operationNames } from '../../../src/shared/api/contract';

it('gives the page the contract’s operation names and bridge global, written in by the bundler', () => {
  expect(pageOperationNames).toEqual(operationNames);
  expect(pageBridgeGlobal).toBe(BRIDGE_GLOBAL);
});
