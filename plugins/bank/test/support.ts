import { createTestKit } from '@campaign-studio/plugin-core/testing';
import bank from '../src/index.js';

export const { registry, refused, runTemplate, event, rewards } = createTestKit(bank);
