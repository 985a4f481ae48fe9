/** What the account use cases are given: the accounts better-auth keeps. */
export interface UserRecord {
  id: string;
  name: string;
  email: string;
  role: "admin" | "user";
  locale: string | null;
  /** The account has proved it owns `email`; nothing tied to the address reaches it before. */
  emailVerified: boolean;
}

export interface UserRepository {
  findById(id: string): Promise<UserRecord | undefined>;
  findByEmail(email: string): Promise<UserRecord | undefined>;
  setLocale(id: string, locale: string): Promise<void>;
  setRole(id: string, role: "admin" | "user"): Promise<void>;
}
