import { createTestKit } from '@campaign-studio/plugin-core/testing';
import telecom from '../src/index.js';

export const { registry, refused, runTemplate, event, rewards } = createTestKit(telecom);
