/** Strings of the shell's status, error and form details, merged into `messages`. */
export const shellMessages = {
  'zh-CN': {
    'status.unpublishedChanges': '有未发布的修改',
    'show.nothingToPublish': '草稿与已发布版本相同，没有可发布的修改。',
    'show.mayNotPublish': '发布需要总部管理员或分支经理。',
    'login.role': '角色',
    'params.item': '第 {{n}} 项',
    'params.tier': '第 {{n}} 档',
    'params.add': '添加一项',
  },
  en: {
    'status.unpublishedChanges': 'Unpublished changes',
    'show.nothingToPublish': 'The draft is the same as the published version: nothing to publish.',
    'show.mayNotPublish': 'Publishing needs an HQ admin or a branch manager.',
    'login.role': 'Role',
    'params.item': 'Item {{n}}',
    'params.tier': 'Tier {{n}}',
    'params.add': 'Add an item',
  },
} as const;
