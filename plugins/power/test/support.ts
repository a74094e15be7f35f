import { createTestKit } from '@campaign-studio/plugin-core/testing';
import power from '../src/index.js';

export const { registry, refused, runTemplate, event, rewards } = createTestKit(power);
