export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { installPeerAddressStamp } = await import("./lib/peer-address");
    installPeerAddressStamp();
    const { startup } = await import("./lib/startup");
    await startup();
  }
}
