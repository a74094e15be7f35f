import type { BranchRecord, CustomerRecord, UserRole } from '@campaign-studio/storage';

/** The password of every demo login; main.ts prints it. */
export const DEMO_PASSWORD = 'demo1234';

export const DEMO_BRANCHES: BranchRecord[] = [
  { id: 'hq', nameZh: '总部', nameEn: 'Headquarters' },
  { id: 'east', nameZh: '华东分公司', nameEn: 'East China branch', parentId: 'hq' },
];

export interface DemoUser {
  username: string;
  displayName: string;
  displayNameEn: string;
  role: UserRole;
  branchId: string;
}

export const DEMO_USERS: DemoUser[] = [
  {
    username: 'hq-admin',
    displayName: '总部管理员',
    displayNameEn: 'HQ administrator',
    role: 'hq-admin',
    branchId: 'hq',
  },
  {
    username: 'east-manager',
    displayName: '华东经理',
    displayNameEn: 'East China manager',
    role: 'branch-manager',
    branchId: 'east',
  },
  {
    username: 'east-marketer',
    displayName: '华东营销',
    displayNameEn: 'East China marketer',
    role: 'marketer',
    branchId: 'east',
  },
  {
    username: 'integrator',
    displayName: '集成工程师',
    displayNameEn: 'Integration engineer',
    role: 'integrator',
    branchId: 'hq',
  },
  {
    username: 'auditor',
    displayName: '审计员',
    displayNameEn: 'Auditor',
    role: 'auditor',
    branchId: 'hq',
  },
];

export const DEMO_CUSTOMERS: CustomerRecord[] = [
  {
    id: 'cust-hq-1',
    branchId: 'hq',
    name: '王芳',
    phone: '13800000001',
    tier: 'vip',
    tags: ['app'],
  },
  { id: 'cust-hq-2', branchId: 'hq', name: '李强', phone: '13800000002', tier: 'key', tags: [] },
  {
    id: 'cust-hq-3',
    branchId: 'hq',
    name: '张伟',
    phone: '13800000003',
    tier: 'ordinary',
    tags: ['new'],
  },
  {
    id: 'cust-east-1',
    branchId: 'east',
    name: '陈静',
    phone: '13900000001',
    tier: 'vip',
    tags: ['store'],
  },
  {
    id: 'cust-east-2',
    branchId: 'east',
    name: '刘洋',
    phone: '13900000002',
    tier: 'key',
    tags: [],
  },
  {
    id: 'cust-east-3',
    branchId: 'east',
    name: '赵敏',
    phone: '13900000003',
    tier: 'ordinary',
    tags: ['new', 'app'],
  },
];
