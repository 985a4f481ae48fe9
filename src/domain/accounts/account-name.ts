/**
 * The longest name an account may have. better-auth keeps the name in the signed session
 * cookie, and a browser drops a cookie over about 4 KB: a 100,000-character name made a
 * 137 KB cookie and no session. 200 is also the application form's limit for a name.
 */
export const MAX_ACCOUNT_NAME_LENGTH = 200;
