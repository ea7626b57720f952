import { Prop } from '../common/api-views';
import { MeView } from '../users/user.view';

/** What sign-in and refresh answer; the refresh token is an httpOnly cookie the console never sees. */
export class TokenView {
  @Prop(String) accessToken: string;
  /** seconds */
  @Prop(Number) expiresIn: number;
  @Prop(String, { enum: ['Bearer'] }) tokenType: 'Bearer';
  @Prop(MeView) user: MeView;
}
