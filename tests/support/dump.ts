import type { Connection } from 'mongoose';

/** A profile full of personal values, each distinct enough to be searched for in a dump. */
export const personalValues = (tag: string) => {
  const values = {
    given: `Given${tag}`,
    family: `Family${tag}`,
    email: `person.${tag.toLowerCase()}@example.com`,
    phone: `+4477009${String(tag.length * 7919)
      .padStart(5, '0')
      .slice(-5)}`,
    street: `${tag} Hidden Mews`,
    birthDate: '1970-01-02',
    identifier: `ID-${tag}`,
  };
  const input = {
    name: { given: values.given, family: values.family },
    emails: [{ address: values.email }],
    phones: [{ number: values.phone }],
    addresses: [{ lines: [values.street], city: 'London', country: 'GB' }],
    birthDate: values.birthDate,
    identifiers: [{ source: 'crm', id: values.identifier }],
  };
  return { values: Object.values(values), input };
};

/** Every document of every collection in the connection's database, as one lower-cased text. */
export async function dumpDatabase(connection: Connection): Promise<string> {
  const parts: string[] = [];
  for (const { name } of await connection.db!.listCollections().toArray()) {
    parts.push(JSON.stringify(await connection.collection(name).find().toArray()));
  }
  return parts.join('\n').toLowerCase();
}
