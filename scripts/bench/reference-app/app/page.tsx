import { connection } from "next/server";

export default async function Page() {
  await connection();
  return <p>Reference page rendered at {new Date().toISOString()}</p>;
}
