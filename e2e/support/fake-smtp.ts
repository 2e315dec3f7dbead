import { SMTPServer } from "smtp-server";

export type Received = { messageId: string; to: string[]; subject: string };

/**
 * An SMTP server a test controls: it can be down (not listening), up, or stalling (takes a
 * message's data and never answers, as a server that hangs mid-send).
 */
export class FakeSmtp {
  readonly received: Received[] = [];
  stall = false;
  private server: SMTPServer | null = null;

  constructor(readonly port: number) {}

  async up(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS"],
      logger: false,
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          const text = Buffer.concat(chunks).toString("utf8");
          const messageId = text.match(/^Message-ID:\s*(.+)$/im)?.[1]?.trim() ?? "";
          const subject = text.match(/^Subject:\s*(.+)$/im)?.[1]?.trim() ?? "";
          this.received.push({
            messageId,
            subject,
            to: session.envelope.rcptTo.map((r) => r.address),
          });
          // Stalling: the message arrived, the acknowledgement never does.
          if (!this.stall) callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once("error", reject);
      server.listen(this.port, "127.0.0.1", () => resolve());
    });
    this.server = server;
  }

  async down(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** How many times each message (by Message-ID) arrived. */
  countsById(): Map<string, number> {
    const counts = new Map<string, number>();
    for (const r of this.received) counts.set(r.messageId, (counts.get(r.messageId) ?? 0) + 1);
    return counts;
  }
}
