import { Form } from "@remix-run/react";
import { CsrfField } from "~/components/form-fields";
import { useLang } from "~/components/use-lang";
import type { UsersData } from "~/routes/admin.users";
import { ROLES } from "../../../db/enums";

type User = UsersData["users"][number];

/** The id of the page's one list of organisations, shared by every row's picker. */
export const ORGANISATION_CHOICES = "organisation-choices";

/**
 * The names of the organisations an admin can grant, once per page: each row's picker points at
 * this list (a select per row would repeat every organisation in every row).
 */
export function OrganisationChoices({ names }: { names: UsersData["organisationNames"] }) {
  return (
    <datalist id={ORGANISATION_CHOICES}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}

/** One account: its role (not changeable for oneself), its memberships and a way to add one. */
export function UserRow({ user: u, data: d }: { user: User; data: Pick<UsersData, "csrf" | "selfId"> }) {
  const { t } = useLang();
  return (
    <tr data-email={u.email}>
      <th scope="row">{u.email}</th>
      <td>
        <Form method="post" className="inline-form">
          <UserFormFields csrf={d.csrf} intent="role" userId={u.id} />
          <label className="visually-hidden" htmlFor={`role-${u.id}`}>
            {t("admin.columns.role")} — {u.email}
          </label>
          <select id={`role-${u.id}`} name="role" defaultValue={u.role} disabled={u.id === d.selfId}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`account.roles.${r}`)}
              </option>
            ))}
          </select>{" "}
          {u.id === d.selfId ? null : <button type="submit">{t("admin.setRole")}</button>}
        </Form>
      </td>
      <td>
        <Memberships user={u} csrf={d.csrf} />
        <Form method="post">
          <UserFormFields csrf={d.csrf} intent="add-membership" userId={u.id} />
          <label className="visually-hidden" htmlFor={`org-${u.id}`}>
            {t("admin.addMembership")} — {u.email}
          </label>
          <input id={`org-${u.id}`} name="organisation" list={ORGANISATION_CHOICES} required maxLength={200} autoComplete="off" aria-describedby="organisation-hint" />{" "}
          <button type="submit">{t("admin.addMembership")}</button>
        </Form>
      </td>
    </tr>
  );
}

function Memberships({ user: u, csrf }: { user: User; csrf: string }) {
  const { t } = useLang();
  return (
    <ul>
      {u.organisations.map((o) => (
        <li key={o.id} lang="en">
          {o.nameEn}{" "}
          <Form method="post" className="inline-form">
            <UserFormFields csrf={csrf} intent="remove-membership" userId={u.id} />
            <input type="hidden" name="organisationId" value={o.id} />
            <button type="submit" className="link-button">
              {t("admin.removeMembership")}
            </button>
          </Form>
        </li>
      ))}
    </ul>
  );
}

/** What every form on a user's row starts with: the CSRF token, what to do, and to whom. */
function UserFormFields({ csrf, intent, userId }: { csrf: string; intent: string; userId: number }) {
  return (
    <>
      <CsrfField token={csrf} />
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name="userId" value={userId} />
    </>
  );
}
