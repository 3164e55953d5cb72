// @actions/core imports @actions/http-client (and with it undici, ~0.8 MB of code) only for core.getIDToken.
// The bundle gives core's OIDC module this class instead: the same API it uses (constructor, getJson), loading the
// real client on first use, so start-up does not parse undici for a feature most runs never call.
export class HttpClient {
  #real
  constructor(...args) {
    this.#real = import('@actions/http-client').then((m) => new m.HttpClient(...args))
  }
  async getJson(...args) {
    return (await this.#real).getJson(...args)
  }
}
