/**
 * refine's auth provider over `auth.login/logout/me`. The session lives in an HTTP-only cookie
 * the server sets, so the shell never sees a token; `me` is the only truth about who is in.
 */
import type { AuthProvider } from '@refinedev/core';
import { apiErrorText, readApiError, toApiError } from '../api/api-error.js';
import { storedLocale } from '../i18n/locale-context.js';
import { queryClient, trpcClient } from '../api/trpc.js';
import type { User } from '../api/types.js';
import { ACCESS_USER_KEY } from './access-control-provider.js';

interface LoginParams {
  username?: string;
  password?: string;
}

async function currentUser(): Promise<User | undefined> {
  const answer = await trpcClient.auth.me.query();

  return answer.user ?? undefined;
}

export const authProvider: AuthProvider = {
  async login(params: LoginParams) {
    try {
      await trpcClient.auth.login.mutate({
        username: params.username ?? '',
        password: params.password ?? '',
      });
      queryClient.removeQueries({ queryKey: ACCESS_USER_KEY });
      return { success: true, redirectTo: '/campaigns' };
    } catch (error) {
      // refine's notification shows `name` as its title: a sentence, not the class name.
      const locale = storedLocale();
      const failure = toApiError(error);
      failure.name = locale === 'en' ? 'Sign-in failed' : '登录失败';
      failure.message = apiErrorText(failure, locale);
      return { success: false, error: failure };
    }
  },

  async logout() {
    await trpcClient.auth.logout.mutate();
    // Another user may log in next: nothing of this one's data may stay cached.
    queryClient.clear();
    return { success: true, redirectTo: '/login' };
  },

  async check() {
    try {
      const user = await currentUser();
      if (user) return { authenticated: true };
    } catch {
      // An unreachable server is treated as signed out; the login page says what failed.
    }
    return { authenticated: false, redirectTo: '/login', logout: true };
  },

  async onError(error: unknown) {
    const { code } = readApiError(error);
    if (code === 'UNAUTHORIZED') return { logout: true, redirectTo: '/login' };

    return {};
  },

  async getIdentity() {
    // refine caches the identity in react-query, which refuses `undefined` as data.
    return (await currentUser()) ?? null;
  },
};
